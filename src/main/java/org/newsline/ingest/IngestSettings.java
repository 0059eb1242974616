package org.newsline.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.newsline.ingest.document.BlockThresholds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the importer reads and judges articles.
 *
 * @param seedFolder the folder imported on first start and by an admin's re-import
 * @param seedOnFirstStart whether an empty database is filled from the seed folder at
 * startup, in the background
 * @param maxFileBytes the largest article file accepted, in bytes
 * @param maxAnalysedCharacters the most characters of one article's text analysed for
 * events and claims; the rest of a longer text is stored but not analysed, which keeps a
 * huge file from holding an import for hours
 * @param maxFilesPerRun the most files one run (a folder, a command, an upload) takes
 * @param sameReportSimilarity how alike two articles' texts must be (0 to 1) for the
 * later one to count as a rewrite or copy of the earlier, not an independent report
 * @param extraBoilerplate further patterns (regular expressions) of lines to drop from
 * article bodies, beside the built-in ones
 * @param sweepInterval how often import runs left queued or running by an importer that
 * is gone (its application stopped, or it lost the database) are looked for and reported
 * as failed
 * @param modelsIdleRelease how long the language models (about 1.2 GB of heap once
 * loaded) stay in memory after the last import; the next import loads them again, in
 * about 10 s
 * @param maxUploadSize the largest upload an admin may post to the upload form, all files
 * together; every other request's multipart body is limited by
 * {@code spring.servlet.multipart.max-request-size}
 * @param cleaning how the paragraphs of a page are told from its chrome (menus, widgets,
 * bylines)
 * @param runInWeb whether a web node takes import jobs itself; with it off, only worker
 * processes ({@code java -jar newsline.jar worker}) import, and a web node never loads
 * the language models
 * @param worker whether this process is a worker, set by the {@code worker} command: it
 * takes import jobs and serves no pages
 * @param workerHealthAddress the address a worker's health port listens on
 * @param workerHealthPort the port of a worker's {@code /health} (0 for any free one)
 */
@ConfigurationProperties("newsline.import")
@Validated
public record IngestSettings(@DefaultValue("seeds") @NotNull Path seedFolder,
		@DefaultValue("true") boolean seedOnFirstStart,
		@DefaultValue("5242880") @Min(1024) @Max(104857600) long maxFileBytes,
		@DefaultValue("50000") @Min(1000) @Max(10000000) int maxAnalysedCharacters,
		@DefaultValue("500") @Min(1) @Max(10000) int maxFilesPerRun,
		@DefaultValue("0.13") @DecimalMin("0.01") @DecimalMax("1.0") double sameReportSimilarity,
		@DefaultValue List<String> extraBoilerplate,
		@DefaultValue("30s") @NotNull @DurationMin(seconds = 1) Duration sweepInterval,
		@DefaultValue("15m") @NotNull @DurationMin(seconds = 10) Duration modelsIdleRelease,
		@DefaultValue("60MB") @NotNull DataSize maxUploadSize, @DefaultValue @NotNull @Valid Cleaning cleaning,
		@DefaultValue("true") boolean runInWeb, @DefaultValue("false") boolean worker,
		@DefaultValue("127.0.0.1") @NotNull String workerHealthAddress,
		@DefaultValue("8081") @Min(0) @Max(65535) int workerHealthPort) {

	/**
	 * The measures by which a paragraph is told from page chrome, as jusText does.
	 *
	 * @param lengthLow paragraphs shorter than this (in characters) are judged by their
	 * neighbours
	 * @param lengthHigh paragraphs at least this long, with a stop-word density of at
	 * least stopwordsHigh, are story text whatever surrounds them
	 * @param stopwordsLow below this share of English function words a paragraph is
	 * chrome
	 * @param stopwordsHigh the share of function words of plain story text
	 * @param maxLinkDensity a paragraph with a larger share of its characters in links is
	 * chrome (HTML pages)
	 * @param maxCapitalised a line of four words or more, without a final full stop, with
	 * a larger share of capitalised words reads as a headline and is judged by its
	 * neighbours
	 * @param splitLength a paragraph longer than this (a page on one line) is judged
	 * sentence by sentence
	 */
	public record Cleaning(@DefaultValue("70") @Min(1) int lengthLow, @DefaultValue("140") @Min(1) int lengthHigh,
			@DefaultValue("0.22") @DecimalMin("0.0") @DecimalMax("1.0") double stopwordsLow,
			@DefaultValue("0.30") @DecimalMin("0.0") @DecimalMax("1.0") double stopwordsHigh,
			@DefaultValue("0.35") @DecimalMin("0.0") @DecimalMax("1.0") double maxLinkDensity,
			@DefaultValue("0.65") @DecimalMin("0.0") @DecimalMax("1.0") double maxCapitalised,
			@DefaultValue("2500") @Min(200) int splitLength) {

		/** The thresholds as the document reader takes them. */
		public BlockThresholds thresholds() {
			return new BlockThresholds(this.lengthLow, this.lengthHigh, this.stopwordsLow, this.stopwordsHigh,
					this.maxLinkDensity, this.maxCapitalised, this.splitLength);
		}

	}

}
