package hu.insurer.lifeaccess.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Real HTTP against the running application: engine-rest with Basic auth, and the webapps' session login. */
public class CamundaHttp {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public CamundaHttp(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** A GET asking for HAL, as Tasklist does: task lists then embed the filter's variables. */
    public HttpResponse<String> getHal(String path, String user) {
        return send(request(path, user).header("Accept", "application/hal+json").GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A HEAD request, with the webapp session this client logged into (if any): status and headers only. */
    public HttpResponse<Void> head(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of JSON without credentials, with these headers (for callers that sign their requests). */
    public HttpResponse<String> postJson(String path, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    /** Any method with a JSON body (or none, where {@code json} is null), with Basic credentials. */
    public HttpResponse<String> sendJson(String method, String path, String user, String json) {
        return send(withJson(request(path, user), method, json));
    }

    /** A GET with Basic credentials whose password is not the user id (e.g. a wrong one). */
    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    /** A POST of JSON with Basic credentials whose password is not the user id (e.g. a wrong one). */
    public HttpResponse<String> postJson(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs into a Camunda webapp (tasklist, cockpit, admin, welcome) as the browser does, CSRF token included. */
    public HttpResponse<String> webappLogin(String app, String user, String password) {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/default/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A GET with the webapp session this client logged into. */
    public HttpResponse<String> webappGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-XSRF-TOKEN", csrfToken()).GET());
    }

    /** A POST of JSON with the webapp session this client logged into, CSRF header included (as Cockpit sends it). */
    public HttpResponse<String> webappPostJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-XSRF-TOKEN", csrfToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Any method with a JSON body (or none, where {@code json} is null) with the webapp session, CSRF header included. */
    public HttpResponse<String> webappSendJson(String method, String path, String json) {
        return send(withJson(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-XSRF-TOKEN", csrfToken()),
                method, json));
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder request, String method, String json) {
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
                .map(HttpCookie::getValue)
                .findFirst().orElse("");
    }

    private HttpRequest.Builder request(String path, String user) {
        return request(path, user, user);
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
