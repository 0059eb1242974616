package org.newsline.shared;

/**
 * Who made a record: the importer, or an editor by hand. The importer only ever refreshes
 * records it made and no editor has touched.
 */
public enum Origin {

	IMPORT, EDITOR

}
