package org.newsline.article;

/**
 * What an evidence span supports: an actor mention, an event, or a claim.
 */
public enum EvidenceKind {

	ACTOR, EVENT, CLAIM

}
