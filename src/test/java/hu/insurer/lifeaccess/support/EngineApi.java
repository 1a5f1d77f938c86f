package hu.insurer.lifeaccess.support;

import java.net.http.HttpResponse;

/**
 * The engine's REST API as one user reaches it: {@code /engine-rest} with HTTP Basic credentials, or the webapps'
 * engine API ({@code /camunda/api/engine/engine/default}) with a Tasklist session and its CSRF header. Paths are
 * relative to the engine, e.g. {@code /task/42/claim}.
 */
public final class EngineApi {

    private final String name;
    private final CamundaHttp http;
    private final String user;
    private final String base;

    private EngineApi(String name, CamundaHttp http, String user, String base) {
        this.name = name;
        this.http = http;
        this.user = user;
        this.base = base;
    }

    public static EngineApi engineRest(CamundaHttp http, String user) {
        return new EngineApi("engine-rest as " + user, http, user, "/engine-rest");
    }

    /** Logs the user into Tasklist; the first GET after the login brings the session's CSRF token. */
    public static EngineApi tasklistSession(CamundaHttp http, String user) {
        HttpResponse<String> login = http.webappLogin("tasklist", user, user);
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + " answered " + login.statusCode());
        }
        EngineApi api = new EngineApi("Tasklist session of " + user, http, null, "/camunda/api/engine/engine/default");
        api.get("/task/count");
        return api;
    }

    public HttpResponse<String> get(String path) {
        return user != null ? http.get(base + path, user) : http.webappGet(base + path);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json);
    }

    public HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return user != null ? http.sendJson(method, base + path, user, json) : http.webappSendJson(method, base + path, json);
    }

    @Override
    public String toString() {
        return name;
    }
}
