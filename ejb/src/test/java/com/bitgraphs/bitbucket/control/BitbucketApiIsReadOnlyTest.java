package com.bitgraphs.bitbucket.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Read-only is a promise: the client's interfaces have GET methods and nothing else. */
class BitbucketApiIsReadOnlyTest {

    @Test
    void everyClientMethodIsAGetAndNothingElse() {
        List<Method> methods = Stream.of(BitbucketApi.class, NextPages.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> !method.isSynthetic() && !method.isDefault())
                .toList();

        assertThat(methods).hasSizeGreaterThanOrEqualTo(13);
        for (Method method : methods) {
            List<String> httpMethods = Arrays.stream(method.getAnnotations())
                    .map(Annotation::annotationType)
                    .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                    .map(type -> type.getAnnotation(HttpMethod.class).value())
                    .toList();
            assertThat(httpMethods).as(method.toString()).containsExactly(HttpMethod.GET);
            assertThat(method.isAnnotationPresent(GET.class)).isTrue();
        }
    }

    @Test
    void theGuardRefusesAnyOtherMethodBeforeItLeaves() {
        var guard = new ReadOnlyGuard();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
            var request = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{jakarta.ws.rs.client.ClientRequestContext.class},
                    (proxy, invoked, args) -> invoked.getName().equals("getMethod") ? method : null);

            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> guard.filter((jakarta.ws.rs.client.ClientRequestContext) request))
                    .as(method).isInstanceOf(IllegalStateException.class);
        }
    }
}
