package com.koto.platform;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report as RFC 9457 problem+json instead of its HTML page. It only speaks when nothing
 * else has written a body: requests Tomcat refuses before the application sees them (an encoded
 * {@code /} or NUL in the path, headers over {@code server.max-http-request-header-size}, a broken
 * request line), and any error the application left without a body. Browsers asking for HTML on
 * console paths get a minimal HTML page with the same sentence.
 */
public class ProblemReportValve extends ErrorReportValve {

    /** Creates the valve (Tomcat instantiates it by class name too, hence public). */
    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType kind = status == 400 ? ProblemType.BAD_HTTP : ProblemType.forStatus(status);
        String detail = sentence(status);
        String accept = request.getHeader("Accept");
        String uri = request.getDecodedRequestURI();
        boolean html = accept != null && accept.contains("text/html") && !ErrorPathConfiguration.isApiPath(uri)
                && !ErrorPathConfiguration.isApiPath(request.getRequestURI());
        try {
            response.setCharacterEncoding("UTF-8");
            String body;
            if (html) {
                response.setContentType("text/html");
                body = "<!doctype html><html><head><title>" + kind.title() + "</title></head><body><h1>"
                        + kind.title() + "</h1><p>" + detail + "</p></body></html>";
            } else {
                response.setContentType("application/problem+json");
                body = "{\"type\":\"" + kind.uri() + "\",\"title\":\"" + kind.title() + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}";
            }
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response is already committed: nothing more to say
        }
    }

    /** The human sentence for a status the container (not our code) produced. */
    static String sentence(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its path, headers or body framing are malformed "
                    + "(for example an encoded '/' or a NUL character in the path, or headers larger than 8 KB).";
            case 401 -> "This request needs valid credentials.";
            case 403 -> "This request is not allowed.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed at this address.";
            case 408 -> "The request took too long to arrive; send it again.";
            case 413 -> "The request is larger than the server accepts.";
            case 414 -> "The request address is longer than the server accepts.";
            case 415 -> "The request's content type is not supported here.";
            case 431 -> "The request headers are larger than the server accepts.";
            case 501 -> "The server does not support this method.";
            case 503 -> "The service is temporarily unavailable; try again in a few seconds.";
            default -> status >= 500 ? "Something went wrong on our side; the request may not have been completed."
                    : "The request was refused (HTTP " + status + ").";
        };
    }

}
