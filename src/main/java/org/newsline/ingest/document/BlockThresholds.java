package org.newsline.ingest.document;

/**
 * The measures by which a paragraph is told from page chrome, as jusText does: length,
 * the share of English function words (prose is full of them, menus and headlines are
 * not), the share of link text and of capitalised words.
 *
 * @param lengthLow paragraphs shorter than this (in characters) are judged by their
 * neighbours
 * @param lengthHigh paragraphs at least this long with a high stop-word density are story
 * text on their own
 * @param stopwordsLow below this stop-word density a paragraph is chrome
 * @param stopwordsHigh at or above this density (and long enough) a paragraph is story
 * text
 * @param maxLinkDensity a paragraph whose share of characters inside links is above this
 * is chrome
 * @param maxCapitalised a paragraph of four words or more without a final full stop whose
 * share of capitalised words is above this reads as a headline, and is judged by its
 * neighbours
 * @param splitLength a paragraph longer than this (a page put on one line) is split into
 * sentences that are judged one by one
 */
public record BlockThresholds(int lengthLow, int lengthHigh, double stopwordsLow, double stopwordsHigh,
		double maxLinkDensity, double maxCapitalised, int splitLength) {

	public BlockThresholds {
		if (lengthLow <= 0 || lengthHigh < lengthLow || splitLength <= lengthHigh) {
			throw new IllegalArgumentException("Block lengths must be positive and ordered");
		}
		if (stopwordsLow < 0 || stopwordsHigh < stopwordsLow || stopwordsHigh > 1 || maxLinkDensity < 0
				|| maxLinkDensity > 1 || maxCapitalised < 0 || maxCapitalised > 1) {
			throw new IllegalArgumentException("Block densities must lie between 0 and 1, low before high");
		}
	}

	/**
	 * jusText's defaults, with the densities lowered to fit this shorter stop-word list.
	 */
	public static BlockThresholds defaults() {
		return new BlockThresholds(70, 140, 0.22, 0.30, 0.35, 0.65, 2500);
	}

}
