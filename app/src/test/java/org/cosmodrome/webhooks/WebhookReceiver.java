package org.cosmodrome.webhooks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests: the JDK's HTTP server on a random local port that keeps every request it gets and
 * answers with the status codes it was told, in order, then 200.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    private WebhookReceiver(int... statusCodes) throws IOException {
        for (int code : statusCodes) {
            answers.add(code);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(
                    name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            received.add(new Received(Map.copyOf(headers), body));
            int status;
            synchronized (answers) {
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            byte[] answer = (status < 300 ? "thanks" : "receiver broke: status " + status)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    /** A receiver that answers {@code statusCodes} to its first requests, in order, and 200 after them. */
    public static WebhookReceiver answering(int... statusCodes) {
        try {
            return new WebhookReceiver(statusCodes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The requests about launch {@code launch}, in the order received. */
    public List<Received> about(String launch) {
        return received.stream().filter(r -> r.body().contains("\"" + launch + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
