package io.autoshop.core.rest.internal;

import io.autoshop.api.workorder.TrackingService;
import io.autoshop.api.workorder.TrackingView;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * The customer's progress page at {@code /track/<token>}: a small HTML page in Chinese, served without login,
 * that shows the masked plate, the steps, the promised time and, after settlement, the total.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/track/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=autoshop-track" })
public final class TrackingPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient TrackingService tracking;

    @Activate
    public TrackingPageServlet(@Reference TrackingService tracking) {
        this.tracking = tracking;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? "" : path.substring(1);
        Optional<TrackingView> view = token.contains("/") ? Optional.empty() : tracking.find(token);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html;charset=UTF-8");
        // The token is the only secret of the page: keep it out of caches, search engines and referrers.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (view.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        try (PrintWriter out = response.getWriter()) {
            out.print(view.map(TrackingPageServlet::page).orElseGet(TrackingPageServlet::notFound));
        }
    }

    static String page(TrackingView view) {
        StringBuilder html = new StringBuilder(head("维修进度"));
        html.append("<h1>维修进度</h1>\n<p>车牌：<b>").append(escape(view.maskedPlate())).append("</b></p>\n");
        html.append("<p>当前状态：<b>").append(escape(view.statusLabel())).append("</b></p>\n<ol>\n");
        for (TrackingView.Step step : view.steps()) {
            boolean reached = step.reachedAt() != null;
            html.append("<li class=\"").append(reached ? "done" : "todo").append("\">")
                    .append(escape(step.label()));
            if (reached) {
                html.append(" <span>").append(format(step.reachedAt())).append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n");
        if (view.promisedAt() != null) {
            html.append("<p>预计交车时间：").append(format(view.promisedAt())).append("</p>\n");
        }
        if (view.total() != null) {
            html.append("<p>结算金额：¥").append(view.total().toPlainString()).append("</p>\n");
        }
        if (view.expiresAt() != null) {
            html.append("<p class=\"note\">本链接有效期至 ").append(format(view.expiresAt())).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String notFound() {
        return head("链接无效") + "<h1>链接无效或已过期</h1>\n<p>如需查询维修进度，请联系门店。</p>\n</body>\n</html>\n";
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + title + "</title>\n"
                + "<style>body{font-family:sans-serif;margin:1.5em;max-width:32em}li.done{color:#1a7f37}"
                + "li.todo{color:#888}li span{font-size:.85em;margin-left:.5em}.note{color:#888;font-size:.85em}"
                + "</style>\n</head>\n<body>\n";
    }

    private static String format(OffsetDateTime time) {
        return TIME.format(time);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
