package org.myomap.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.kustomize.v1beta1.Kustomization;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kubernetes manifests under deploy/ say what the service needs: every file reads into the typed Kubernetes
 * models with no unknown field, every kustomization renders with the real kustomize, and what an overlay renders
 * runs the native image hardened, probed on the health endpoints of the port the application listens on, with
 * database credentials only from the Secret the CloudNativePG operator writes.
 */
class DeploymentManifestsTest {

    private static final String NATIVE_IMAGE = "ghcr.io/myomap/myomap";
    private static final String APP = "myomap";
    private static final Map<Path, List<HasMetadata>> RENDERED = new HashMap<>();

    // --- Every file, as written ---------------------------------------------------------------------------

    @Test
    void everyManifestUnderDeployReadsIntoItsTypedKubernetesModelWithNoUnknownField() {
        assertThat(Manifests.yamlFiles()).as("YAML files under deploy/").hasSizeGreaterThanOrEqualTo(10);
        List<String> problems = new ArrayList<>();
        for (Path file : Manifests.yamlFiles()) {
            List<KubernetesResource> docs = Manifests.parse(file);
            if (docs.isEmpty()) {
                problems.add(file + ": no Kubernetes document");
            }
            for (KubernetesResource doc : docs) {
                String type = Manifests.typeOf(doc);
                if (doc instanceof GenericKubernetesResource && !Manifests.KNOWN_CUSTOM_KINDS.contains(type)) {
                    problems.add(file + ": " + type + " is no Kubernetes kind these models know (a typo?)");
                }
                Manifests.unknownFields(doc).forEach(f -> problems.add(file + ": unknown field " + f));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKustomizationListsOnlyFilesThatExist() {
        for (Path dir : Manifests.kustomizations()) {
            Kustomization k = (Kustomization) Manifests.parse(dir.resolve("kustomization.yaml")).get(0);
            List<String> referenced = new ArrayList<>(k.getResources());
            k.getPatches().forEach(p -> referenced.add(p.getPath()));
            assertThat(referenced).as(dir + "/kustomization.yaml").isNotEmpty()
                    .allSatisfy(ref -> assertThat(dir.resolve(ref)).as(dir + " -> " + ref).exists());
        }
    }

    @Test
    void noSecretValueIsKeptInGit() {
        for (Path file : Manifests.yamlFiles()) {
            for (KubernetesResource doc : Manifests.parse(file)) {
                if (doc instanceof Secret secret) {
                    assertThat(secret.getData()).as(file + ": Secret data").isNullOrEmpty();
                    assertThat(secret.getStringData()).as(file + ": Secret stringData").isNullOrEmpty();
                }
            }
        }
    }

    // --- What each kustomization renders ------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void kustomizationRendersIntoTypedModelsWithNoUnknownField(String dir) {
        List<HasMetadata> objects = rendered(dir);
        assertThat(objects).extracting(HasMetadata::getKind)
                .contains("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
        for (HasMetadata object : objects) {
            assertThat(Manifests.unknownFields(object)).as(dir + ": " + object.getKind() + " " + object.getMetadata().getName())
                    .isEmpty();
            assertThat(object).as(dir + ": Secret " + object.getMetadata().getName()).isNotInstanceOf(Secret.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void overlayRunsTheNativeImage(String overlay) {
        Container c = container(overlay);
        assertThat(c.getImage()).as("image").startsWith(NATIVE_IMAGE + ":").doesNotContain("-jvm");
        assertThat(c.getImage().substring(NATIVE_IMAGE.length() + 1)).as("tag").isNotBlank().isNotEqualTo("latest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void containerListensOnTheApplicationsHttpPortAndEveryProbeAsksItsHealthEndpoint(String overlay) {
        int appPort = Integer.parseInt(Manifests.applicationProperty("quarkus.http.port"));
        Container c = container(overlay);
        assertThat(c.getPorts()).as("container ports").hasSize(1);
        assertThat(c.getPorts().get(0).getContainerPort()).isEqualTo(appPort);
        assertThat(c.getPorts().get(0).getName()).isEqualTo("http");
        // Whatever the ConfigMap sets for the port must be the same one.
        String configured = configValue(overlay, "QUARKUS_HTTP_PORT");
        if (configured != null) {
            assertThat(Integer.parseInt(configured)).as("QUARKUS_HTTP_PORT").isEqualTo(appPort);
        }
        assertThat(configValue(overlay, "QUARKUS_HTTP_HOST")).as("QUARKUS_HTTP_HOST").isEqualTo("0.0.0.0");

        assertProbe(c, c.getStartupProbe(), "startup", "/q/health/started", appPort);
        assertProbe(c, c.getLivenessProbe(), "liveness", "/q/health/live", appPort);
        assertProbe(c, c.getReadinessProbe(), "readiness", "/q/health/ready", appPort);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void serviceAnswersOnPort80AndForwardsToTheApplicationPort(String overlay) {
        int appPort = Integer.parseInt(Manifests.applicationProperty("quarkus.http.port"));
        Service service = one(overlay, Service.class);
        Container c = container(overlay);
        assertThat(service.getSpec().getSelector()).isEqualTo(podLabelsSelectedBy(overlay));
        assertThat(service.getSpec().getPorts()).hasSize(1);
        ServicePort port = service.getSpec().getPorts().get(0);
        assertThat(port.getName()).isEqualTo("http");
        assertThat(port.getPort()).isEqualTo(80);
        assertThat(resolvePort(c, port.getTargetPort())).as("Service targetPort").isEqualTo(appPort);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void containerHasCpuAndMemoryRequestsAndLimitsWithRequestsWithinLimits(String overlay) {
        var resources = container(overlay).getResources();
        for (String r : List.of("cpu", "memory")) {
            assertThat(resources.getRequests()).as("requests").containsKey(r);
            assertThat(resources.getLimits()).as("limits").containsKey(r);
            assertThat(resources.getRequests().get(r).getNumericalAmount())
                    .as(r + " request <= limit").isLessThanOrEqualTo(resources.getLimits().get(r).getNumericalAmount());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void podRunsAsNonRootOnAReadOnlyRootWithNoCapabilitiesAndOnlyTmpWritable(String overlay) {
        PodSpec pod = podSpec(overlay);
        Container c = container(overlay);
        var sc = c.getSecurityContext();
        assertThat(sc).as("container securityContext").isNotNull();
        boolean nonRoot = Boolean.TRUE.equals(sc.getRunAsNonRoot())
                || pod.getSecurityContext() != null && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
        assertThat(nonRoot).as("runAsNonRoot").isTrue();
        assertThat(sc.getReadOnlyRootFilesystem()).as("readOnlyRootFilesystem").isTrue();
        assertThat(sc.getAllowPrivilegeEscalation()).as("allowPrivilegeEscalation").isFalse();
        assertThat(sc.getPrivileged()).as("privileged").isNotEqualTo(Boolean.TRUE);
        assertThat(sc.getCapabilities().getDrop()).as("capabilities.drop").containsExactly("ALL");
        assertThat(sc.getCapabilities().getAdd()).as("capabilities.add").isNullOrEmpty();
        String seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile().getType()
                : pod.getSecurityContext().getSeccompProfile().getType();
        assertThat(seccomp).as("seccompProfile").isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).as("automountServiceAccountToken").isFalse();

        String tmpVolume = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError("nothing mounted at /tmp"));
        Volume tmp = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
        assertThat(tmp.getEmptyDir()).as("/tmp is an emptyDir").isNotNull();
        assertThat(c.getVolumeMounts()).filteredOn(m -> !m.getMountPath().equals("/tmp"))
                .allSatisfy(m -> assertThat(m.getReadOnly()).as(m.getMountPath() + " read-only").isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void settingsComeFromTheRenderedConfigMapAndCredentialsOnlyFromTheOperatorsSecret(String overlay) {
        Container c = container(overlay);
        GenericKubernetesResource cluster = one(overlay, "Cluster");
        String operatorSecret = cluster.getMetadata().getName() + "-app";

        assertThat(c.getEnvFrom()).allSatisfy(from -> {
            assertThat(from.getSecretRef()).as("envFrom a Secret").isNull();
            assertThat(renderedNames(overlay, ConfigMap.class)).contains(from.getConfigMapRef().getName());
        });
        Map<String, EnvVar> env = c.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertThat(env.values()).as("literal env values (settings belong in the ConfigMap)")
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getName()).isNull());
        for (var credential : Map.of("QUARKUS_DATASOURCE_USERNAME", "username", "QUARKUS_DATASOURCE_PASSWORD", "password")
                .entrySet()) {
            EnvVar var = env.get(credential.getKey());
            assertThat(var).as(credential.getKey()).isNotNull();
            SecretKeySelector ref = var.getValueFrom().getSecretKeyRef();
            assertThat(ref).as(credential.getKey() + " secretKeyRef").isNotNull();
            assertThat(ref.getName()).as(credential.getKey() + " Secret").isEqualTo(operatorSecret);
            assertThat(ref.getKey()).as(credential.getKey() + " key").isEqualTo(credential.getValue());
        }
        assertThat(configValue(overlay, "QUARKUS_DATASOURCE_USERNAME")).isNull();
        assertThat(configValue(overlay, "QUARKUS_DATASOURCE_PASSWORD")).isNull();
        assertThat(configValue(overlay, "QUARKUS_DATASOURCE_JDBC_URL")).as("JDBC URL")
                .doesNotContain("password").doesNotContain("@");
    }

    @Test
    void devConnectsToItsClusterReadWriteService() {
        GenericKubernetesResource cluster = one("overlays/dev", "Cluster");
        assertThat(configValue("overlays/dev", "QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://" + cluster.getMetadata().getName() + "-rw:5432/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void autoscalerAndDisruptionBudgetGovernTheDeployment(String overlay) {
        Deployment deployment = one(overlay, Deployment.class);
        HorizontalPodAutoscaler hpa = one(overlay, HorizontalPodAutoscaler.class);
        assertThat(hpa.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isPositive().isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        assertThat(deployment.getSpec().getReplicas()).as("replicas (owned by the HPA)").isNull();

        PodDisruptionBudget pdb = one(overlay, PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(podLabelsSelectedBy(overlay));
        // With maxUnavailable a one-pod dev deployment can still be drained; minAvailable would block it.
        assertThat(pdb.getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void networkPolicyAdmitsOnlyHttpFromTheIngressControllerMonitoringAndTheNamespaceAndLetsOutOnlyPostgresAndDns(String overlay) {
        int appPort = Integer.parseInt(Manifests.applicationProperty("quarkus.http.port"));
        NetworkPolicy policy = one(overlay, NetworkPolicy.class);
        var spec = policy.getSpec();
        assertThat(spec.getPodSelector().getMatchLabels()).isEqualTo(podLabelsSelectedBy(overlay));
        assertThat(spec.getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");

        assertThat(spec.getIngress()).hasSize(1);
        var ingress = spec.getIngress().get(0);
        assertThat(ingress.getPorts()).extracting(p -> p.getPort().getIntVal(), NetworkPolicyPort::getProtocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(appPort, "TCP"));
        assertThat(ingress.getFrom()).allSatisfy(this::isIngressNamespaceOrSameNamespace).isNotEmpty();
        assertThat(ingress.getFrom()).as("Prometheus' namespace may scrape").anySatisfy(peer -> assertThat(peer.getNamespaceSelector())
                .isNotNull().extracting(s -> s.getMatchLabels().get("kubernetes.io/metadata.name")).isEqualTo("monitoring"));

        Set<String> egressPorts = spec.getEgress().stream().flatMap(e -> e.getPorts().stream())
                .map(p -> p.getProtocol() + "/" + p.getPort().getIntVal()).collect(Collectors.toSet());
        assertThat(egressPorts).containsExactlyInAnyOrder("TCP/5432", "UDP/53", "TCP/53");
        assertThat(spec.getEgress()).allSatisfy(e -> assertThat(e.getTo()).as("egress to: (empty = anywhere)").isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void prometheusIsAskedToScrapeTheMetricsOfTheApplicationPortAndLogsAreJson(String overlay) {
        int appPort = Integer.parseInt(Manifests.applicationProperty("quarkus.http.port"));
        Map<String, String> annotations = one(overlay, Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", Integer.toString(appPort))
                .containsEntry("prometheus.io/path", "/q/metrics");
        assertThat(configValue(overlay, "MYOMAP_LOG_FORMAT")).isEqualTo("json");
    }

    // --- Production: CloudNativePG --------------------------------------------------------------------------

    @Test
    void prodRunsAThreeInstanceCloudNativePgClusterWithStorage() {
        GenericKubernetesResource cluster = one("overlays/prod", "Cluster");
        assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(Manifests.get(cluster, "spec", "instances")).isEqualTo(3);
        assertThat(Manifests.get(cluster, "spec", "storage", "size")).asString().matches("\\d+Gi");
    }

    @Test
    void prodBacksUpToS3WithCredentialsFromASecretReferenceAndOnASchedule() {
        GenericKubernetesResource cluster = one("overlays/prod", "Cluster");
        assertThat(Manifests.get(cluster, "spec", "backup", "barmanObjectStore", "destinationPath")).asString()
                .startsWith("s3://");
        assertThat(Manifests.get(cluster, "spec", "backup", "retentionPolicy")).isNotNull();
        for (String credential : List.of("accessKeyId", "secretAccessKey")) {
            Object ref = Manifests.get(cluster, "spec", "backup", "barmanObjectStore", "s3Credentials", credential);
            assertThat(ref).as(credential).isInstanceOf(Map.class);
            Set<String> keys = ((Map<?, ?>) ref).keySet().stream().map(String::valueOf).collect(Collectors.toSet());
            assertThat(keys).as(credential + ": a Secret reference, not a value").containsExactlyInAnyOrder("name", "key");
        }
        GenericKubernetesResource backup = one("overlays/prod", "ScheduledBackup");
        assertThat(Manifests.get(backup, "spec", "cluster", "name")).isEqualTo(cluster.getMetadata().getName());
        assertThat(Manifests.get(backup, "spec", "schedule")).asString().isNotBlank();
    }

    @Test
    void prodReachesTheDatabaseThroughAPgBouncerPoolerOfItsCluster() {
        GenericKubernetesResource cluster = one("overlays/prod", "Cluster");
        GenericKubernetesResource pooler = one("overlays/prod", "Pooler");
        assertThat(Manifests.get(pooler, "spec", "cluster", "name")).isEqualTo(cluster.getMetadata().getName());
        assertThat(Manifests.get(pooler, "spec", "type")).isEqualTo("rw");
        assertThat(Manifests.get(pooler, "spec", "pgbouncer")).isNotNull();
        assertThat(configValue("overlays/prod", "QUARKUS_DATASOURCE_JDBC_URL"))
                .startsWith("jdbc:postgresql://" + pooler.getMetadata().getName() + ":5432/");
        // PgBouncer in transaction mode cannot keep server-side prepared statements.
        if ("transaction".equals(Manifests.get(pooler, "spec", "pgbouncer", "poolMode"))) {
            assertThat(configValue("overlays/prod", "QUARKUS_DATASOURCE_JDBC_URL")).contains("prepareThreshold=0");
        }
    }

    @Test
    void everyCustomResourceSitsInTheOverlaysNamespace() {
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            String namespace = ((Kustomization) Manifests.parse(Manifests.DEPLOY.resolve(overlay).resolve("kustomization.yaml"))
                    .get(0)).getNamespace();
            assertThat(namespace).as(overlay + " namespace").isNotBlank();
            assertThat(rendered(overlay)).filteredOn(o -> !o.getKind().equals("Namespace"))
                    .allSatisfy(o -> assertThat(o.getMetadata().getNamespace()).as(o.getKind()).isEqualTo(namespace));
        }
    }

    // --- Helpers --------------------------------------------------------------------------------------------

    private static synchronized List<HasMetadata> rendered(String dir) {
        if (Manifests.kustomizeCommand().isEmpty()) {
            // CI always renders; a developer machine without kubectl or kustomize only reads the files.
            if (System.getenv("CI") != null) {
                fail("CI needs kubectl (>= 1.27) or kustomize (v5) on the PATH to render deploy/");
            }
            Assumptions.abort("neither kubectl nor kustomize on the PATH: overlays not rendered");
        }
        return RENDERED.computeIfAbsent(Manifests.DEPLOY.resolve(dir), Manifests::render);
    }

    private static <T extends HasMetadata> T one(String dir, Class<T> type) {
        List<T> found = rendered(dir).stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(dir + ": " + type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static GenericKubernetesResource one(String dir, String customKind) {
        List<GenericKubernetesResource> found = rendered(dir).stream()
                .filter(o -> o instanceof GenericKubernetesResource && o.getKind().equals(customKind))
                .map(o -> (GenericKubernetesResource) o).toList();
        assertThat(found).as(dir + ": " + customKind).hasSize(1);
        return found.get(0);
    }

    private static List<String> renderedNames(String dir, Class<? extends HasMetadata> type) {
        return rendered(dir).stream().filter(type::isInstance).map(o -> o.getMetadata().getName()).toList();
    }

    private static PodSpec podSpec(String overlay) {
        return one(overlay, Deployment.class).getSpec().getTemplate().getSpec();
    }

    private static Container container(String overlay) {
        List<Container> containers = podSpec(overlay).getContainers();
        assertThat(containers).extracting(Container::getName).containsExactly(APP);
        return containers.get(0);
    }

    private static Map<String, String> podLabelsSelectedBy(String overlay) {
        Deployment deployment = one(overlay, Deployment.class);
        Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(selector);
        return selector;
    }

    /** A key of the ConfigMap the container reads with envFrom, or null. */
    private static String configValue(String overlay, String key) {
        Container c = container(overlay);
        for (var from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                ConfigMap map = rendered(overlay).stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                        .filter(m -> m.getMetadata().getName().equals(from.getConfigMapRef().getName())).findFirst()
                        .orElseThrow(() -> new AssertionError("no ConfigMap " + from.getConfigMapRef().getName()));
                if (map.getData() != null && map.getData().containsKey(key)) {
                    return map.getData().get(key);
                }
            }
        }
        return null;
    }

    private static int resolvePort(Container c, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal())).getContainerPort();
    }

    private static void assertProbe(Container c, Probe probe, String kind, String path, int appPort) {
        assertThat(probe).as(kind + " probe").isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as(kind + " probe httpGet").isNotNull();
        assertThat(get.getPath()).as(kind + " probe path").isEqualTo(path);
        assertThat(resolvePort(c, get.getPort())).as(kind + " probe port").isEqualTo(appPort);
    }

    private void isIngressNamespaceOrSameNamespace(NetworkPolicyPeer peer) {
        assertThat(peer.getIpBlock()).as("ipBlock peer").isNull();
        if (peer.getNamespaceSelector() != null) {
            assertThat(peer.getNamespaceSelector().getMatchLabels()).as("namespaceSelector")
                    .containsOnlyKeys("kubernetes.io/metadata.name")
                    .extractingByKey("kubernetes.io/metadata.name").isIn("ingress-nginx", "monitoring");
        } else {
            assertThat(peer.getPodSelector()).as("same-namespace peer").isNotNull();
        }
    }
}
