package fi.perhekeskus.web.problems;

import java.net.URI;
import java.util.Locale;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem names its type (docs/api.md): a broken rule its rule's own, any other problem the kind
 * its status stands for, such as {@code .../problems/not-found}, so that a client need not know
 * that an absent type means {@code about:blank}.
 */
@RestControllerAdvice
public class ProblemTypes implements ResponseBodyAdvice<Object> {

    private static final String BASE = "https://perhekeskus.fi/problems/";
    private static final URI BLANK = URI.create("about:blank");

    public static URI of(HttpStatus status) {
        return URI.create(BASE + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            if (status != null) {
                problem.setType(of(status));
            }
        }
        return body;
    }
}
