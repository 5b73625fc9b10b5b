package org.myomap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads the Kubernetes manifests under deploy/ into fabric8's typed models, and renders kustomizations with the
 * real kustomize (`kustomize build`, or `kubectl kustomize`). Plain Java: no Quarkus, no cluster.
 */
final class Manifests {

    static final Path DEPLOY = Path.of("deploy");

    /** Custom resources with no model here: parsed as GenericKubernetesResource and checked field by field. */
    static final List<String> KNOWN_CUSTOM_KINDS =
            List.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Pooler", "postgresql.cnpg.io/v1/ScheduledBackup");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    /** Every YAML file under deploy/, in a stable order. */
    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every directory under deploy/ holding a kustomization.yaml. */
    static List<Path> kustomizations() {
        return yamlFiles().stream().filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                .map(Path::getParent).toList();
    }

    /** The YAML documents of a file or of kustomize's output, each read into its typed model. */
    static List<KubernetesResource> parse(String yaml, String origin) {
        List<KubernetesResource> resources = new ArrayList<>();
        try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (docs.hasNextValue()) {
                JsonNode doc = docs.nextValue();
                if (doc == null || doc.isNull() || doc.isMissingNode() || doc.isEmpty()) {
                    continue;
                }
                if (!doc.hasNonNull("apiVersion") || !doc.hasNonNull("kind")) {
                    throw new AssertionError(origin + ": a document without apiVersion and kind: " + doc);
                }
                resources.add(YAML.treeToValue(doc, KubernetesResource.class));
            }
        } catch (IOException e) {
            throw new AssertionError(origin + ": not valid YAML for the Kubernetes models: " + e.getMessage(), e);
        }
        return resources;
    }

    /**
     * The documents of one file. A kustomization.yaml reads into fabric8's Kustomization model (which the generic
     * kind lookup does not register).
     */
    static List<KubernetesResource> parse(Path file) {
        try {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                Kustomization k = YAML.readValue(file.toFile(), Kustomization.class);
                if (!"kustomize.config.k8s.io/v1beta1".equals(k.getApiVersion()) || !"Kustomization".equals(k.getKind())) {
                    throw new AssertionError(file + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
                }
                return List.of(k);
            }
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Which command renders a kustomization here, if any: kustomize itself, or kubectl's built-in copy. */
    static Optional<List<String>> kustomizeCommand() {
        if (onPath("kustomize")) {
            return Optional.of(List.of("kustomize", "build"));
        }
        if (onPath("kubectl")) {
            return Optional.of(List.of("kubectl", "kustomize"));
        }
        return Optional.empty();
    }

    /** kustomize's output for one kustomization directory, read into typed models; fails on any kustomize error. */
    static List<HasMetadata> render(Path kustomization) {
        List<String> command = new ArrayList<>(kustomizeCommand()
                .orElseThrow(() -> new AssertionError("neither kustomize nor kubectl is on the PATH")));
        command.add(kustomization.toString());
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " failed: " + Files.readString(err));
                }
                return parse(Files.readString(out), kustomization + " (rendered)").stream()
                        .map(r -> (HasMetadata) r).toList();
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** "apiVersion/kind" of a resource, e.g. "apps/v1/Deployment". */
    static String typeOf(KubernetesResource resource) {
        if (resource instanceof Kustomization k) {
            return k.getApiVersion() + "/" + k.getKind();
        }
        HasMetadata r = (HasMetadata) resource;
        return r.getApiVersion() + "/" + r.getKind();
    }

    /**
     * Fields the typed model did not know, with their paths. fabric8 keeps unknown fields in each object's
     * additionalProperties instead of failing, so a misspelt field (`readinesProbe`) would otherwise pass silently.
     */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        collectUnknownFields(model, "", found);
        return found;
    }

    private static void collectUnknownFields(Object value, String path, List<String> found) {
        if (value == null || value instanceof GenericKubernetesResource) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknownFields(v, path + "[" + k + "]", found));
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                collectUnknownFields(item, path + "[" + i++ + "]", found);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "." : path) + " " + extra.keySet());
                }
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                collectUnknownFields(child, path + "." + field, found);
            }
        }
    }

    /** A nested field of a custom resource parsed as GenericKubernetesResource, e.g. get(cluster, "spec", "instances"). */
    static Object get(GenericKubernetesResource resource, String... path) {
        Object current = resource.getAdditionalProperties();
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** The application's own setting, as the build reads it (src/main/resources/application.properties). */
    static String applicationProperty(String key) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new AssertionError("application.properties has no " + key);
        }
        return value.trim();
    }

    private static boolean onPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, executable))) {
                return true;
            }
        }
        return false;
    }
}
