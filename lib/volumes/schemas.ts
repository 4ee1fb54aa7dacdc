import { z } from "zod";
import { queryFlag, segment } from "@/lib/http/params";

// Inputs of the volume routes. The engine names volumes with letters, digits and
// `_ . -`, starting with a letter or digit, at least two characters.

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const NAME_HINT =
  "a volume name is at least 2 characters: letters, digits, _ . -, starting with a letter or digit";

export const volumeName = z.string().max(255).regex(VOLUME_NAME, NAME_HINT);

export const volumeParams = z.object({ name: segment(volumeName) });

export const removeVolumeQuery = z.object({ force: queryFlag });

const labelKey = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^=\s]+$/, "a label key holds no '=' or spaces");

export const labelMap = z.record(labelKey, z.string().max(4096));

export const createVolumeBody = z.strictObject({
  name: volumeName.optional(),
  driver: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_./:-]*$/, "a driver name holds no spaces")
    .optional(),
  labels: labelMap.optional(),
});

export type CreateVolumeInput = z.infer<typeof createVolumeBody>;
