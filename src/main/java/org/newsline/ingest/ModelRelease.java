package org.newsline.ingest;

import java.time.Duration;

import org.newsline.ingest.nlp.NlpPipeline;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Drops the language models once no import has used them for
 * {@code newsline.import.models-idle-release}: a server that imports now and then serves
 * readers in a fraction of the memory the models take.
 */
@Component
class ModelRelease implements SchedulingConfigurer {

	private final NlpPipeline pipeline;

	private final Duration idle;

	ModelRelease(NlpPipeline pipeline, IngestSettings settings) {
		this.pipeline = pipeline;
		this.idle = settings.modelsIdleRelease();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration every = this.idle.dividedBy(4);
		registrar.addFixedDelayTask(new FixedDelayTask(this::releaseIfIdle, every, every));
	}

	void releaseIfIdle() {
		if (this.pipeline.releaseIfIdleFor(this.idle)) {
			// The heap gives memory back to the system only after a collection; one full
			// collection now returns the models' gigabyte instead of keeping it
			// committed.
			System.gc();
		}
	}

}
