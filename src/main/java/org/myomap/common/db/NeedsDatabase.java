package org.myomap.common.db;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks what reads or writes the database: until this process has migrated the schema and done the start's
 * writes ({@link DatabasePreparation}), it answers 503 with Retry-After instead of reaching the database.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NeedsDatabase {
}
