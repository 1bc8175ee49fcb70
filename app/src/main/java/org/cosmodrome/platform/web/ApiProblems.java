package org.cosmodrome.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into an RFC 9457 {@code application/problem+json} answer with a stable {@code code} and, for
 * each offending field, an entry of {@code errors} naming it. Nothing escapes as a stack trace.
 * <p>
 * Problem body: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, {@code code} and
 * {@code errors: [{field, code, message}]}.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** One offending field of a request, in JSON-path form ({@code stages[0].propellantClass}). */
    record FieldProblem(String field, String code, String message) {
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<Object> notFound(RecordNotFound e, WebRequest request) {
        // Record types are words ("launch plan"); a problem code is a token, so the words are joined by hyphens.
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(),
                e.recordType().strip().replaceAll("\\s+", "-") + ".not-found", List.of(), request);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleViolated(RuleViolation e, WebRequest request) {
        List<FieldProblem> errors = e.field() == null ? List.of()
                : List.of(new FieldProblem(e.field(), e.code(), e.getMessage()));
        return problem(HttpStatus.CONFLICT, "Rule violated", e.getMessage(), e.code(), errors, request);
    }

    @ExceptionHandler(AccessDenied.class)
    ResponseEntity<Object> accessDenied(AccessDenied e, WebRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), e.code(), List.of(), request);
    }

    @ExceptionHandler(InvalidField.class)
    ResponseEntity<Object> invalidField(InvalidField e, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), "request.invalid",
                List.of(new FieldProblem(e.field(), e.code(), e.getMessage())), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        String message = e.getName() + " must be " + expected + ", was '" + e.getValue() + "'";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", message, "request.invalid",
                List.of(new FieldProblem(e.getName(), "type-mismatch", message)), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> constraintViolated(DataIntegrityViolationException e, WebRequest request) {
        log.info("Constraint violation answered with 409: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The change conflicts with records already stored (a duplicate or a dangling reference)",
                "constraint-violated", List.of(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error answering {}", describe(request), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; the error has been logged", "internal-error", List.of(),
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), codeOf(error.getCode()),
                    error.getField() + " " + error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(
                new FieldProblem(error.getObjectName(), codeOf(error.getCode()), error.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), "request.invalid", errors,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(name,
                    codeOf(error.getCodes() == null || error.getCodes().length == 0 ? null
                            : error.getCodes()[error.getCodes().length - 1]),
                    name + " " + error.getDefaultMessage())));
        });
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", summary(errors), "request.invalid", errors,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = e.getParameterName() + " is required";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", message, "request.invalid",
                List.of(new FieldProblem(e.getParameterName(), "required", message)), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        FieldProblem error = unreadable(e);
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", error.message(), "request.unreadable",
                List.of(error), request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing is served at /" + e.getResourcePath(),
                "resource.not-found", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders allow = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            allow.setAllow(e.getSupportedHttpMethods());
        }
        ResponseEntity<Object> answer = problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not supported here", "method-not-allowed", List.of(), request);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).headers(allow)
                .body(answer.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send the body as application/json", "media-type.unsupported", List.of(), request);
    }

    /** Everything else Spring MVC raises keeps its status and gets our body shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail) {
            detail.setProperty("code", "http." + statusCode.value());
            detail.setProperty("errors", List.of());
            if (request instanceof ServletWebRequest servlet) {
                detail.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
            return ResponseEntity.status(statusCode).headers(headers).contentType(PROBLEM_JSON).body(detail);
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = jacksonCause(e);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new FieldProblem(field, "unknown-field", field + " is not a field of this request");
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            Class<?> target = invalid.getTargetType();
            return new FieldProblem(field, "invalid-value",
                    field + " must be " + describe(target) + ", was '" + invalid.getValue() + "'");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            Class<?> target = mismatched.getTargetType();
            return new FieldProblem(field, "invalid-value",
                    field + " must be " + (target == null ? "of another type" : describe(target)));
        }
        if (cause instanceof StreamReadException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr();
            return new FieldProblem("body", "malformed-json", "The body is not valid JSON" + where);
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            return new FieldProblem(field, "invalid-value", field + " is invalid: " + jackson.getOriginalMessage());
        }
        if (cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException) {
            return new FieldProblem("body", "invalid-value", cause.getMessage());
        }
        return new FieldProblem("body", "unreadable", "The body is missing or cannot be read as JSON");
    }

    /**
     * The Jackson exception that knows which field was unreadable. Not the most specific cause: a date Jackson could not
     * parse wraps a {@code DateTimeParseException}, which knows the text but not the field.
     */
    private static Throwable jacksonCause(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException || cause instanceof StreamReadException) {
                return cause;
            }
        }
        return e.getMostSpecificCause();
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO 8601)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Double", "double", "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid " + type.getSimpleName();
        };
    }

    private static String codeOf(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String summary(List<FieldProblem> errors) {
        if (errors.isEmpty()) {
            return "The request is invalid";
        }
        return String.join("; ", errors.stream().map(FieldProblem::message).toList());
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail, String code,
            List<FieldProblem> errors, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("urn:cosmodrome:problem:" + code));
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        problem.setProperties(Map.of("code", code, "errors", errors));
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(problem);
    }
}
