import { z } from "zod";
import { normalizeServer, serverProblem } from "@/lib/registries/server-name";

const server = z
  .string()
  .max(300)
  .transform(normalizeServer)
  .superRefine((value, ctx) => {
    const problem = serverProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const saveRegistrySchema = z.object({
  server,
  username: z.string().trim().min(1, "The username is empty").max(300),
  password: z.string().min(1, "The password is empty").max(10_000),
});

export type RegistryCredentials = z.infer<typeof saveRegistrySchema>;

export const registryParamsSchema = z.object({ server: z.string().min(1).max(600) });
