package org.passerelle.shared.web;

import org.apache.catalina.connector.Connector;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat keeps the objects of closed connections, with their two buffers of 8 kB, for the
 * next ones. By default it keeps none when the heap's maximum is 2 GB or less, as the
 * portal's 512 MB is: each new connection then allocated 16 kB of buffers, and a
 * registration burst's 500 connections at once (issue 13) 8 MB that lived as long as the
 * connections waited, outlived several young collections and were promoted, filling the
 * old generation until a full collection came, often inside a later burst. Up to
 * {@link #KEPT} are kept: 8 MB once a burst has come, reused by the next.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

	/** The connections whose objects and buffers are kept for reuse. */
	static final int KEPT = 500;

	@Override
	public void customize(Connector connector) {
		connector.setProperty("socket.bufferPool", String.valueOf(KEPT));
	}

}
