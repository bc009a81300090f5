package org.passerelle.shared.scheduling;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A task handed while the queue is full waits for room; one that finds none in time is
 * left out without an exception, counted, and said in one warning, not one per task.
 */
@ExtendWith(OutputCaptureExtension.class)
class FullQueueTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	@AfterEach
	void stop() {
		this.release.countDown();
		this.executor.shutdown();
	}

	@Test
	void aTaskHandedWhileTheQueueIsFullWaitsForRoom() throws Exception {
		FullQueue full = busy(Duration.ofSeconds(10));
		AtomicBoolean ran = new AtomicBoolean();
		CompletableFuture<Void> handing = CompletableFuture.runAsync(() -> this.executor.execute(() -> ran.set(true)));
		Thread.sleep(300);
		assertThat(handing).as("the one handing it waits").isNotDone();

		this.release.countDown();
		handing.get(5, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(5)).untilTrue(ran);
		assertThat(full.leftOut()).isZero();
	}

	@Test
	void aTaskThatFindsNoRoomInTimeIsLeftOutWithOneWarning(CapturedOutput output) throws Exception {
		FullQueue full = busy(Duration.ofMillis(200));
		AtomicBoolean ran = new AtomicBoolean();
		this.executor.execute(() -> ran.set(true));
		this.executor.execute(() -> ran.set(true));

		this.release.countDown();
		this.executor.getThreadPoolExecutor().shutdown();
		assertThat(this.executor.getThreadPoolExecutor().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		assertThat(ran).as("left out, never run").isFalse();
		assertThat(full.leftOut()).isEqualTo(2);
		assertThat(output.getOut().split("The background queue is full", -1)).hasSize(2);
		assertThat(output.getOut()).contains("(1 tasks waiting): 1 left out since start-up");
	}

	/** An executor of one thread and a queue of one, both taken until released. */
	private FullQueue busy(Duration waitForRoom) {
		FullQueue full = new FullQueue(new BackgroundSettings(Duration.ZERO, waitForRoom));
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(1);
		full.customize(this.executor);
		this.executor.initialize();
		this.executor.execute(this::awaitRelease);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.executor.getActiveCount() == 1);
		this.executor.execute(this::awaitRelease);
		return full;
	}

	private void awaitRelease() {
		try {
			this.release.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
