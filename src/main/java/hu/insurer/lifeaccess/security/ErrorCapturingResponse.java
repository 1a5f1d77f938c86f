package hu.insurer.lifeaccess.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes a successful answer straight through, but holds back the body of an error answer (status 400 or more when
 * the body is begun) so that {@link EngineApiErrorAnswers} can rewrite it. The Content-Length is set only once it is
 * known which of the two it is.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

    /** An error body longer than this is cut: error answers are a few hundred bytes. */
    private static final int MAX_CAPTURED = 64 * 1024;

    private Long contentLength;
    private ByteArrayOutputStream captured;
    private ServletOutputStream stream;
    private PrintWriter writer;

    ErrorCapturingResponse(HttpServletResponse response) {
        super(response);
    }

    /** The held-back error body, or null when the answer went through. */
    byte[] captured() {
        if (writer != null) {
            writer.flush();
        }
        return captured == null ? null : captured.toByteArray();
    }

    /** Sends the held-back body as it was. */
    void writeOriginal() throws IOException {
        byte[] body = captured();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public void setContentLength(int length) {
        contentLength = (long) length;
    }

    @Override
    public void setContentLengthLong(long length) {
        contentLength = length;
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            contentLength = value == null ? null : Long.valueOf(value);
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = decide() ? new CapturingStream() : super.getOutputStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            if (decide()) {
                Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                        : Charset.forName(getCharacterEncoding());
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            } else {
                writer = super.getWriter();
            }
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (captured == null) {
            super.flushBuffer();
        }
    }

    /** True when the body is to be held back; otherwise the deferred Content-Length goes out now. */
    private boolean decide() {
        if (captured != null) {
            return true;
        }
        if (getStatus() >= 400) {
            captured = new ByteArrayOutputStream();
            return true;
        }
        if (contentLength != null) {
            super.setContentLengthLong(contentLength);
        }
        return false;
    }

    private final class CapturingStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            if (captured.size() < MAX_CAPTURED) {
                captured.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            captured.write(bytes, offset, Math.max(0, Math.min(length, MAX_CAPTURED - captured.size())));
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error answers are written blocking");
        }
    }
}
