package org.newsline.curation;

/**
 * An editor saved a form over a record someone else changed since the form was opened.
 */
public class EditConflict extends RuntimeException {

	private final String kind;

	private final long id;

	private final long postedVersion;

	private final long currentVersion;

	EditConflict(String kind, long id, long postedVersion, long currentVersion) {
		super(kind + " " + id + " is at version " + currentVersion + ", the form was for version " + postedVersion);
		this.kind = kind;
		this.id = id;
		this.postedVersion = postedVersion;
		this.currentVersion = currentVersion;
	}

	static void check(String kind, long id, long postedVersion, long currentVersion) {
		if (postedVersion != currentVersion) {
			throw new EditConflict(kind, id, postedVersion, currentVersion);
		}
	}

	public String getKind() {
		return this.kind;
	}

	public long getId() {
		return this.id;
	}

	public long getPostedVersion() {
		return this.postedVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
