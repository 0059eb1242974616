package org.newsline.sources;

/**
 * What became of an article address: waiting to be fetched, imported (created, updated or
 * unchanged), the same article as another address, refused by the fetcher, or failed in
 * the import.
 */
public enum ItemState {

	PENDING, IMPORTED, DUPLICATE, REFUSED, FAILED

}
