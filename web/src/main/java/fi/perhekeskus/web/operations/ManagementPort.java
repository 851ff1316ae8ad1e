package fi.perhekeskus.web.operations;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port of the operations endpoints (metrics, health in detail), apart from the port people and
 * API clients use ({@code management.server.port}, listening on {@code management.server.address},
 * the loopback address unless configured otherwise; README, "Operations"). Whatever reaches it is
 * an operator's tool on the same machine or network; nothing of it is served on the main port but
 * the health probes.
 */
@Component
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private static final String NAMESPACE = "management";

    private final AtomicInteger port = new AtomicInteger(-1);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port.set(event.getWebServer().getPort());
        }
    }

    /** The port it listens on, once started; -1 before, or when it shares the main port. */
    public int port() {
        return port.get();
    }

    public boolean received(HttpServletRequest request) {
        return port.get() > 0 && request.getLocalPort() == port.get();
    }
}
