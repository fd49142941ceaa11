// Validates Kubernetes manifests (multi-document YAML on stdin) against the resource schemas of
// kubernetes-models and the Strimzi models. These packages are ES modules, which Jest cannot load,
// so the Jest test runs this script with Node. Prints one JSON line per document; exit 1 if any fails.
import { KafkaTopic } from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2/KafkaTopic';
import { KafkaUser } from '@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io/v1beta2/KafkaUser';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Service } from 'kubernetes-models/v1/Service';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const MODELS = {
  'apps/v1/Deployment': Deployment,
  'batch/v1/Job': Job,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim,
  'kafka.strimzi.io/v1beta2/KafkaTopic': KafkaTopic,
  'kafka.strimzi.io/v1beta2/KafkaUser': KafkaUser,
};

let failed = false;
for (const doc of parseAllDocuments(readFileSync(0, 'utf8'))) {
  const manifest = doc.toJS();
  const key = `${manifest.apiVersion}/${manifest.kind}`;
  const Model = MODELS[key];
  let error;
  if (!Model) error = `no schema known for ${key}`;
  else {
    try {
      new Model(manifest).validate();
    } catch (e) {
      error = e.message;
    }
  }
  failed ||= Boolean(error);
  console.log(JSON.stringify({ kind: manifest.kind, name: manifest.metadata?.name, ok: !error, error }));
}
process.exit(failed ? 1 : 0);
