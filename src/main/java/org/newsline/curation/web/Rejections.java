package org.newsline.curation.web;

import org.newsline.curation.RejectedInput;

import org.springframework.validation.BindingResult;

/**
 * Puts a business rule's refusal next to the field it concerns, or above the form when
 * the form has no such field.
 */
final class Rejections {

	private Rejections() {
	}

	static void report(RejectedInput rejection, BindingResult result) {
		if (result.getTarget() != null && hasField(result, rejection.getField())) {
			result.rejectValue(rejection.getField(), "rejected", rejection.getMessage());
		}
		else {
			result.reject("rejected", rejection.getMessage());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		for (var component : result.getTarget().getClass().getRecordComponents()) {
			if (component.getName().equals(field)) {
				return true;
			}
		}
		return false;
	}

}
