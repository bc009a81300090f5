package org.passerelle.organisation;

/**
 * An import refused as a whole because a row has errors (the directory may have changed
 * since the preview); nothing was written.
 */
public class ImportRefused extends RuntimeException {

	public ImportRefused() {
		super("A row of the import has errors: nothing was written");
	}

}
