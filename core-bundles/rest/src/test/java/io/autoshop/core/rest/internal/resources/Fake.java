package io.autoshop.core.rest.internal.resources;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Service stand-in that returns the configured result for each stubbed method and records every call.
 */
final class Fake<T> {

    /** One recorded call. */
    record Call(String method, Object[] args) {
    }

    private final Map<String, Function<Object[], Object>> answers = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final T service;

    private Fake(Class<T> type) {
        service = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return objectMethod(method.getName(), proxy, args);
                    }
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    calls.add(new Call(method.getName(), args));
                    return answer.apply(args);
                }));
    }

    static <T> Fake<T> of(Class<T> type) {
        return new Fake<>(type);
    }

    Fake<T> on(String method, Function<Object[], Object> answer) {
        answers.put(method, answer);
        return this;
    }

    Fake<T> fails(String method, RuntimeException exception) {
        return on(method, args -> {
            throw exception;
        });
    }

    T service() {
        return service;
    }

    Call lastCall() {
        return calls.get(calls.size() - 1);
    }

    List<Call> calls() {
        return calls;
    }

    private static Object objectMethod(String name, Object proxy, Object[] args) {
        switch (name) {
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                return "Fake@" + Integer.toHexString(System.identityHashCode(proxy));
        }
    }
}
