package org.newsline.sources;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.FetchedDocument;
import org.newsline.ingest.FileOutcome;
import org.newsline.ingest.ImportAlreadyRunningException;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun.Trigger;
import org.newsline.sources.fetch.Expect;
import org.newsline.sources.fetch.FetchRefused;
import org.newsline.sources.fetch.Fetched;
import org.newsline.sources.fetch.Validators;
import org.newsline.sources.fetch.WebAddresses;
import org.newsline.sources.fetch.WebFetcher;

import org.springframework.stereotype.Service;

/**
 * Fetches article addresses and imports the pages as one ordinary import run, each page
 * under its canonical address; a page already imported under another address (the same
 * canonical address, or the very same body) is recorded as a duplicate and imported once.
 * Every address keeps what became of it, and why.
 */
@Service
public class WebImport {

	/** The most addresses one import fetches; the rest wait for the next. */
	public static final int MAX_ADDRESSES = 50;

	/** How long an instance holds the addresses it takes before another may take them. */
	static final Duration LEASE = Duration.ofMinutes(30);

	private final WebFetcher fetcher;

	private final ArticleImporter importer;

	private final SourceItems items;

	private final Clock clock;

	WebImport(WebFetcher fetcher, ArticleImporter importer, SourceItems items, Clock clock) {
		this.fetcher = fetcher;
		this.importer = importer;
		this.items = items;
		this.clock = clock;
	}

	/**
	 * Records addresses given by hand as pending, one per line; returns how many were
	 * taken.
	 */
	public int addAddresses(List<String> addresses, String addedBy) {
		int added = 0;
		for (String address : addresses) {
			if (!address.isBlank()) {
				this.items.addAddress(stored(address), addedBy, this.clock.instant());
				added++;
			}
		}
		return added;
	}

	/**
	 * Fetches and imports addresses given by hand now, in the calling thread; throws
	 * {@link ImportAlreadyRunningException} when another import runs.
	 */
	public Result importAddresses(List<String> addresses, Trigger trigger, String startedBy) {
		List<Candidate> candidates = new ArrayList<>();
		for (String address : addresses) {
			if (!address.isBlank()) {
				String url = stored(address);
				long id = this.items.addAddress(url, startedBy, this.clock.instant());
				candidates.add(new Candidate(id, url, null, null, null));
			}
		}
		return process(candidates, trigger, startedBy);
	}

	/**
	 * Imports the addresses added by hand that wait, unless another instance has them;
	 * empty when none wait.
	 */
	public @Nullable Result importPending(String startedBy) {
		List<SourceItem> pending = this.items.takePending(null, MAX_ADDRESSES, LEASE, this.clock.instant());
		if (pending.isEmpty()) {
			return null;
		}
		try {
			return process(
					pending.stream().map((item) -> new Candidate(item.id(), item.url(), null, null, null)).toList(),
					Trigger.WEB, startedBy);
		}
		catch (RuntimeException ex) {
			this.items.release(pending.stream().map(SourceItem::id).toList());
			throw ex;
		}
	}

	/**
	 * Fetches the candidates and imports what came in as one run; throws
	 * {@link ImportAlreadyRunningException} before fetching anything when another import
	 * runs.
	 */
	Result process(List<Candidate> candidates, Trigger trigger, String startedBy) {
		if (this.importer.isRunning()) {
			throw new ImportAlreadyRunningException();
		}
		List<FetchedDocument> documents = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		Line[] lines = new Line[candidates.size()];
		Map<String, String> keys = new HashMap<>();
		for (int index = 0; index < candidates.size(); index++) {
			Candidate candidate = candidates.get(index);
			try {
				Fetched fetched = this.fetcher.fetch(WebAddresses.parse(candidate.url()), Expect.PAGE, Validators.NONE);
				String key = WebPages.key(fetched);
				if (key.length() > WebAddresses.MAX_LENGTH) {
					throw new FetchRefused(WebAddresses.shown(candidate.url()) + " refused: its address is longer than "
							+ WebAddresses.MAX_LENGTH + " characters");
				}
				String hash = hash(fetched.body());
				String same = keys.containsKey(key) ? key
						: this.items.articleWithBody(hash).filter((other) -> !other.equals(key)).orElse(null);
				if (same != null) {
					String reason = "the same article as " + same + (same.equals(key) ? "" : " (the same page)")
							+ "; imported once";
					this.items.record(candidate.itemId(), ItemState.DUPLICATE, reason, same, null, null, null,
							this.clock.instant());
					lines[index] = new Line(candidate.url(), ItemState.DUPLICATE, reason, same);
					continue;
				}
				keys.put(key, candidate.url());
				documents.add(FetchedDocument.page(key, fetched.body(), fetched.html(), candidate.title(),
						candidate.published(), candidate.outlet()));
				pending.add(new Pending(index, candidate, hash, false));
			}
			catch (FetchRefused ex) {
				documents.add(FetchedDocument.refused(WebAddresses.shown(candidate.url()), ex.getMessage()));
				pending.add(new Pending(index, candidate, null, true));
			}
		}
		if (documents.isEmpty()) {
			return new Result(null, List.of(lines));
		}
		ImportReport report = this.importer.importFetched(documents, trigger, startedBy);
		List<ImportReport.FileReport> files = report.files();
		for (int i = 0; i < pending.size(); i++) {
			Pending each = pending.get(i);
			ImportReport.FileReport file = (i < files.size()) ? files.get(i) : null;
			ItemState state;
			String reason = null;
			String key = null;
			if (file == null) {
				state = ItemState.FAILED;
				reason = "the import stopped before this address: " + report.message();
			}
			else if (file.outcome() == FileOutcome.FAILED) {
				state = each.refused() ? ItemState.REFUSED : ItemState.FAILED;
				reason = file.reason();
			}
			else {
				state = ItemState.IMPORTED;
				key = file.file();
			}
			this.items.record(each.candidate().itemId(), state, reason, key,
					(state == ItemState.IMPORTED) ? each.hash() : null, report.id(),
					(file != null) ? file.outcome().name() : null, this.clock.instant());
			lines[each.index()] = new Line(each.candidate().url(), state, reason, key);
		}
		return new Result(report, List.of(lines));
	}

	/**
	 * An address as kept: normalised when it is a web address, else as given, shortened.
	 */
	static String stored(String address) {
		try {
			String url = WebAddresses.parse(address).toString();
			return (url.length() <= WebAddresses.MAX_LENGTH) ? url : WebAddresses.shown(address);
		}
		catch (FetchRefused ex) {
			return WebAddresses.shown(address);
		}
	}

	private static String hash(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What one import of addresses did: the import run's report (null when nothing was
	 * left to import) and a line per address.
	 */
	public record Result(@Nullable ImportReport report, List<Line> lines) {

		/** How many addresses ended in the given state. */
		public long count(ItemState state) {
			return this.lines.stream().filter((line) -> line.state() == state).count();
		}

	}

	/** What became of one address. */
	public record Line(String url, ItemState state, @Nullable String reason, @Nullable String articleKey) {
	}

	private record Pending(int index, Candidate candidate, @Nullable String hash, boolean refused) {
	}

}
