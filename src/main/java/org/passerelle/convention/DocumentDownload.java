package org.passerelle.convention;

/**
 * A document on its way to someone allowed to read it.
 *
 * @param fileName the name it was uploaded with
 * @param mediaType its type, as sniffed when uploaded
 * @param content its bytes
 */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {

}
