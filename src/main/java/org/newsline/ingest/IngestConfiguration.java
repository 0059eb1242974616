package org.newsline.ingest;

import org.newsline.ingest.extract.ArticleExtractor;
import org.newsline.ingest.nlp.NlpPipeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the extraction pipeline; CoreNLP itself loads on the first article, not here.
 * Turns on scheduling for the sweep of abandoned import runs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IngestConfiguration {

	@Bean
	ArticleExtractor articleExtractor(NlpPipeline pipeline, IngestSettings settings) {
		return new ArticleExtractor(pipeline, settings.maxAnalysedCharacters());
	}

}
