package org.passerelle.organisation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A batch of checked rows as the database keeps it between the preview and the
 * confirmation of an import: Java serialization, compressed (a thousand rows take a few
 * tens of kilobytes), read back only as the import's own records and the JDK's
 * collections and values.
 */
final class CheckedRows {

	private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config
		.createFilter("maxdepth=20;java.base/*;org.passerelle.organisation.*;!*");

	private CheckedRows() {
	}

	static byte[] write(List<ImportRow> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream output = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
			output.writeObject(new ArrayList<>(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A thread of an import's own, to serialise or read back its batches beside its
	 * database work; shut it down when done.
	 */
	static ExecutorService worker() {
		return Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "import-rows");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** What a worker made, or its failure as it was thrown. */
	static <T> T done(Future<T> made) {
		try {
			return made.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while an import's rows were serialised", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@SuppressWarnings("unchecked")
	static List<ImportRow> read(byte[] stored) {
		try (ObjectInputStream input = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
			input.setObjectInputFilter(ALLOWED);
			return (List<ImportRow>) input.readObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
