import {
  DeleteClusterCommand,
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTaskDefinitionFamiliesCommand,
  ListTaskDefinitionsCommand,
} from "@aws-sdk/client-ecs";

const cfg = {
  endpoint: "http://127.0.0.1:5000",
  region: "us-east-1",
  credentials: { accessKeyId: "testing", secretAccessKey: "testing" },
};
const ecs = new ECSClient(cfg);
for (const arn of (await ecs.send(new ListClustersCommand({}))).clusterArns)
  if (arn.includes("slipway-test-explore-")) {
    for (const s of (await ecs.send(new ListServicesCommand({ cluster: arn }))).serviceArns) {
      console.log(s);
      await ecs.send(new DeleteServiceCommand({ cluster: arn, service: s, force: true }));
    }
  }
console.log(
  (await ecs.send(new ListTaskDefinitionFamiliesCommand({ familyPrefix: "slipway-test-explore-" })))
    .families,
);
for (const arn of (await ecs.send(new ListTaskDefinitionsCommand({}))).taskDefinitionArns)
  if (arn.includes("slipway-test-explore-")) {
    console.log(arn);
    await ecs
      .send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }))
      .catch((e) => console.log(e.name));
  }
console.log(
  (
    await ecs.send(
      new ListTaskDefinitionFamiliesCommand({
        familyPrefix: "slipway-test-explore-",
        status: "ACTIVE",
      }),
    )
  ).families,
);
