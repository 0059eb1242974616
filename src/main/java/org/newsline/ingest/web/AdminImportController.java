package org.newsline.ingest.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.newsline.article.ArticleRepository;
import org.newsline.ingest.ArticleImporter;
import org.newsline.ingest.ImportAlreadyRunningException;
import org.newsline.ingest.ImportHistory;
import org.newsline.ingest.ImportReport;
import org.newsline.ingest.ImportRun;
import org.newsline.ingest.IngestSettings;
import org.newsline.ingest.InputFile;
import org.newsline.ingest.document.Manifest;
import org.newsline.shared.NotFoundException;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's import pages: the history of runs with each run's per-file report,
 * re-importing the seed folder, uploading articles, and correcting publication dates.
 */
@Controller
class AdminImportController {

	static final int MAX_UPLOAD_FILES = 50;

	private final ArticleImporter importer;

	private final ImportHistory history;

	private final ArticleRepository articles;

	private final IngestSettings settings;

	AdminImportController(ArticleImporter importer, ImportHistory history, ArticleRepository articles,
			IngestSettings settings) {
		this.importer = importer;
		this.history = history;
		this.articles = articles;
		this.settings = settings;
	}

	@GetMapping("/admin/imports")
	String imports(Model model) {
		List<ImportHistory.RunSummary> runs = this.history.recent(30);
		model.addAttribute("runs", runs);
		model.addAttribute("active", runs.stream().anyMatch(ImportHistory.RunSummary::active));
		model.addAttribute("latest", this.history.latest().orElse(null));
		model.addAttribute("seedFolder", this.settings.seedFolder().toString());
		model.addAttribute("maxFileBytes", this.settings.maxFileBytes());
		model.addAttribute("maxFiles", MAX_UPLOAD_FILES);
		return "admin/imports";
	}

	@GetMapping("/admin/imports/{id}")
	String run(@PathVariable long id, Model model) {
		ImportReport report = this.history.run(id).orElseThrow(() -> NotFoundException.of("Import run", id));
		model.addAttribute("report", report);
		return "admin/import-run";
	}

	@PostMapping("/admin/imports")
	String reimportSeeds(Principal principal, RedirectAttributes redirect) {
		try {
			long runId = this.importer.startSeedImport(ImportRun.Trigger.ADMIN, principal.getName());
			redirect.addFlashAttribute("message", "Re-import of the seed folder started.");
			return "redirect:/admin/imports/" + runId;
		}
		catch (ImportAlreadyRunningException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/imports";
		}
	}

	@PostMapping("/admin/imports/upload")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(name = "manifest", required = false) MultipartFile manifestFile, Principal principal,
			RedirectAttributes redirect) throws IOException {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter(AdminImportController::chosen).toList()
				: List.of();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("uploadError", "Choose at least one .txt, .html or .htm file.");
			return "redirect:/admin/imports";
		}
		if (chosen.size() > MAX_UPLOAD_FILES) {
			redirect.addFlashAttribute("uploadError", "Upload at most " + MAX_UPLOAD_FILES + " files at a time.");
			return "redirect:/admin/imports";
		}
		Manifest manifest = Manifest.empty();
		if (manifestFile != null && !manifestFile.isEmpty()) {
			try (Reader reader = new InputStreamReader(manifestFile.getInputStream(), StandardCharsets.UTF_8)) {
				manifest = Manifest.parse(reader);
			}
		}
		List<InputFile> inputs = new ArrayList<>();
		for (MultipartFile file : chosen) {
			String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload.txt";
			// A file over the limit is reported as too large in the run, beside the
			// others, without its content ever being held in memory.
			inputs.add((file.getSize() > this.settings.maxFileBytes()) ? InputFile.unread(name, file.getSize())
					: InputFile.of(name, file.getBytes()));
		}
		try {
			long runId = this.importer.startImport(inputs, manifest, ImportRun.Trigger.UPLOAD, principal.getName());
			redirect.addFlashAttribute("message",
					inputs.size() + " uploaded " + ((inputs.size() == 1) ? "file" : "files") + " queued for import.");
			return "redirect:/admin/imports/" + runId;
		}
		catch (ImportAlreadyRunningException ex) {
			redirect.addFlashAttribute("uploadError", ex.getMessage());
			return "redirect:/admin/imports";
		}
	}

	/** A file input left empty still posts one part without a name. */
	private static boolean chosen(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name != null && !name.isBlank();
	}

	@GetMapping("/admin/articles")
	String articles(Model model) {
		model.addAttribute("articles", this.articles.findAll(Sort.by("sourceKey")));
		return "admin/articles";
	}

	@PostMapping("/admin/articles/{id}/published")
	String redate(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate published,
			Principal principal, RedirectAttributes redirect) {
		if (published == null) {
			redirect.addFlashAttribute("error", "Enter a publication date as YYYY-MM-DD.");
			redirect.addFlashAttribute("errorArticle", id);
			return "redirect:/admin/articles";
		}
		try {
			ImportReport report = this.importer.redate(id, published, principal.getName());
			redirect.addFlashAttribute("message", "Publication date set to " + published + "; the article's dates were "
					+ "resolved again (import run " + report.id() + ").");
		}
		catch (ImportAlreadyRunningException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/articles";
	}

}
