package com.careline.e2e.walkthrough;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The curl options the walk-throughs use, and no others (an unknown one fails the walk-through, so a README
 * cannot come to need more than curl): {@code -s}, {@code -X}, {@code -H}, {@code -d}/{@code --data},
 * {@code -F} (a {@code file=@name} that does not exist is made: a small PDF), {@code -o}, {@code -N} with
 * {@code --max-time} (a stream read for that long), {@code -G}.
 */
final class Curl {

    /** What a call answered. */
    record Answer(int status, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Curl() {
    }

    /** Runs {@code args} (after the word curl); {@code target} turns a README's URL into the suite's. */
    static Answer run(List<String> args, UnaryOperator<String> target, Path workDir) throws IOException,
            InterruptedException {
        String method = null;
        String url = null;
        List<String[]> headers = new ArrayList<>();
        List<String> data = new ArrayList<>();
        List<String[]> form = new ArrayList<>();
        Path output = null;
        Duration maxTime = Duration.ofSeconds(30);
        boolean stream = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-s", "-S", "-sS", "-i", "-si", "--silent", "--include" -> {
                }
                case "-X", "--request" -> method = args.get(++i);
                case "-H", "--header" -> {
                    String h = args.get(++i);
                    int colon = h.indexOf(':');
                    headers.add(new String[] {h.substring(0, colon).trim(), h.substring(colon + 1).trim()});
                }
                case "-d", "--data", "--data-raw" -> data.add(args.get(++i));
                case "-F", "--form" -> {
                    String f = args.get(++i);
                    int eq = f.indexOf('=');
                    form.add(new String[] {f.substring(0, eq), f.substring(eq + 1)});
                }
                case "-o", "--output" -> output = workDir.resolve(args.get(++i));
                case "-N", "--no-buffer" -> stream = true;
                case "--max-time", "-m" -> maxTime = Duration.ofMillis((long) (Double.parseDouble(args.get(++i)) * 1000));
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("curl " + a + " is not an option the walk-throughs use");
                    }
                    if (url != null) {
                        throw new IllegalArgumentException("curl with two URLs: " + url + ", " + a);
                    }
                    url = a;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("curl without a URL");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.apply(url))).timeout(maxTime);
        headers.forEach(h -> request.header(h[0], h[1]));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (!form.isEmpty()) {
            String boundary = "careline" + UUID.randomUUID().toString().replace("-", "");
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            body = HttpRequest.BodyPublishers.ofByteArray(multipart(form, boundary, workDir));
        } else if (!data.isEmpty()) {
            if (headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Content-Type"))) {
                request.header("Content-Type", "application/x-www-form-urlencoded"); // as curl -d sends
            }
            body = HttpRequest.BodyPublishers.ofString(String.join("&", data));
        }
        String verb = method != null ? method : form.isEmpty() && data.isEmpty() ? "GET" : "POST";
        request.method(verb, body);
        if (stream) {
            return streamFor(request.build(), maxTime);
        }
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IllegalStateException("no answer within " + maxTime + " from " + verb + " " + url, e);
        }
        if (output != null) {
            Files.write(output, response.body());
            return new Answer(response.statusCode(), "");
        }
        return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    /** A stream (Server-Sent Events) read until {@code maxTime}, as curl -N --max-time reads it. */
    private static Answer streamFor(HttpRequest request, Duration maxTime) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = response.body()) {
                in.transferTo(read);
            } catch (IOException e) {
                // closed when the time is up
            }
        });
        reader.setDaemon(true);
        reader.start();
        reader.join(maxTime.toMillis());
        response.body().close();
        return new Answer(response.statusCode(), read.toString(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(List<String[]> form, String boundary, Path workDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] part : form) {
            out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            String value = part[1];
            if (value.startsWith("@")) {
                String[] spec = value.substring(1).split(";");
                Path file = workDir.resolve(spec[0]);
                if (!Files.exists(file)) {
                    Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
                }
                String type = "application/octet-stream";
                for (String s : spec) {
                    if (s.startsWith("type=")) {
                        type = s.substring(5);
                    }
                }
                out.write(("Content-Disposition: form-data; name=\"" + part[0] + "\"; filename=\"" + file.getFileName()
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(Files.readAllBytes(file));
            } else {
                out.write(("Content-Disposition: form-data; name=\"" + part[0] + "\"\r\n\r\n" + value)
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
