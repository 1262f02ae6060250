package se.pmo.tidbok.web;

import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import se.pmo.tidbok.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector settings the slow-client limits and the memory budget rest on, read from
 * the running Tomcat rather than from the configuration that should have produced them.
 */
@IntegrationTest
class TomcatConnectorTests {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theConnectorHasTheServicesLimits() {
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
		// Idle processors kept after a burst of connections: each holds about 80 KB of
		// buffers.
		assertThat(protocol.getProcessorCache()).isEqualTo(64);
		// A stalled read or write ends after 5 s; an idle kept-alive connection after 20
		// s.
		assertThat(protocol.getConnectionTimeout()).isEqualTo(5_000);
		assertThat(protocol.getKeepAliveTimeout()).isEqualTo(20_000);
		// The whole catalog leaves in one socket write.
		assertThat(protocol.getProperty("socket.appWriteBufSize")).isEqualTo("32768");
		// One virtual thread per request.
		assertThat(protocol.getExecutor()).isInstanceOf(VirtualThreadExecutor.class);
	}

}
