package fi.perhekeskus.web.cases;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.web.signin.SignedInProfessional;
import fi.perhekeskus.web.commands.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * What a page on a case has in common: which case, who is signing it, and how to answer
 * them, given to a page method as one argument.
 */
record CasePage(UUID caseId, SignedInProfessional me, RequestContext request, Map<String, String[]> entered,
                HttpServletResponse response,
                Model model, RedirectAttributes redirect) {

    @Configuration(proxyBeanMethods = false)
    static class Resolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(this);
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CasePage.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest webRequest, WebDataBinderFactory binders) throws Exception {
            var request = webRequest.getNativeRequest(HttpServletRequest.class);
            @SuppressWarnings("unchecked")
            var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            var redirect = new RedirectAttributesModelMap(binders.createBinder(webRequest, null, "redirect"));
            container.setRedirectModel(redirect);
            return new CasePage(caseId(path.get("caseId"), parameter),
                    (SignedInProfessional) SecurityContextHolder.getContext().getAuthentication().getPrincipal(),
                    RequestContext.of(request), request.getParameterMap(), webRequest.getNativeResponse(HttpServletResponse.class),
                    (Model) container.getDefaultModel(), redirect);
        }

        /** A case id that is no UUID is a malformed address, answered like any other bad parameter. */
        private static UUID caseId(String value, MethodParameter parameter) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException notAnId) {
                throw new MethodArgumentTypeMismatchException(value, UUID.class, "caseId", parameter, notAnId);
            }
        }
    }
}
