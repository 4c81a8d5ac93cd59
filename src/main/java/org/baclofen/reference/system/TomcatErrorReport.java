package org.baclofen.reference.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the application sees them (a header over the size limit,
 * an illegal character in the address) get a short page in the site's words, with the
 * same security headers as every other page, instead of Tomcat's own report without them.
 */
@Component
class TomcatErrorReport implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.setErrorReportValveClass(SecureErrorReportValve.class.getName());
			host.getPipeline().addValve(new SecureErrorReportValve());
		});
	}

	/** After Spring Boot's own customizer, which installs a plain ErrorReportValve. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	public static class SecureErrorReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			RefusedRequestPage.writeSecurityHeaders(request, response);
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("utf-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(RefusedRequestPage.html(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone; there is no one to tell.
			}
		}

	}

}
