package com.bitgraphs.web.connect;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that only a Connect JWT of an installed tenant may call; {@link ConnectJwtFilter}
 * verifies it and enters the token's tenant.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConnectJwt {

    /** Whether a context token ({@code qsh = context-qsh}) is enough: only for the read API our pages call. */
    boolean allowContextToken() default false;
}
