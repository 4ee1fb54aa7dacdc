"use client";

import { Field, INPUT } from "@/components/aws/field";
import { useRepositories } from "@/components/ecr/use-repositories";
import { useImages } from "@/components/images/use-images";
import { RadioChoice } from "@/components/ship/radio-choice";
import type { ShipFormState } from "@/components/ship/ship-form-state";
import { suggestFromFolder, suggestFromImage } from "@/components/ship/ship-form-state";
import { Section } from "@/components/task-definitions/form-parts";

type Set = (change: Partial<ShipFormState>) => void;

/** What is shipped: a folder to build or a local image, and where in ECR it goes. */
export function SourceFields({
  values,
  set,
  problems,
}: {
  values: ShipFormState;
  set: Set;
  problems: Record<string, string>;
}) {
  const images = useImages();
  const repositories = useRepositories();
  const pick = (source: ShipFormState["source"]) => set({ source });
  const known = repositories.data?.find((r) => r.name === values.repository.trim());
  const repositoryHint = known
    ? known.uri
    : values.target === "first"
      ? "A new repository, created (and tagged for the app) before the push."
      : "Pick a repository; a first deploy may name a new one.";

  return (
    <Section title="What to ship">
      <div className="flex gap-4 text-sm text-slate-200">
        <RadioChoice name="ship-source" value={values.source} choice="folder" onChange={pick}>
          A folder with a Dockerfile (built first)
        </RadioChoice>
        <RadioChoice name="ship-source" value={values.source} choice="image" onChange={pick}>
          A local image
        </RadioChoice>
      </div>
      {values.source === "folder" ? (
        <Field
          id="ship-folder"
          label="Folder on this machine"
          hint="Built as the Build page builds it, tagged repository:tag."
          problem={problems["source.folder"] ?? problems.source}
        >
          <input
            id="ship-folder"
            className={`${INPUT} font-mono`}
            placeholder="/home/me/app"
            value={values.folder}
            onChange={(e) => set({ folder: e.target.value })}
            onBlur={() => {
              if (!values.repository) set({ repository: suggestFromFolder(values.folder) });
            }}
            data-testid="ship-folder"
          />
        </Field>
      ) : (
        <Field id="ship-image" label="Local image" problem={problems["source.image"]}>
          <input
            id="ship-image"
            list="ship-image-choices"
            className={`${INPUT} font-mono`}
            value={values.image}
            onChange={(e) => set({ image: e.target.value.trim() })}
            onBlur={() => {
              if (!values.repository && values.image) set(suggestFromImage(values.image));
            }}
            data-testid="ship-image"
          />
          <datalist id="ship-image-choices">
            {images.data
              ?.flatMap((i) => i.tags)
              .map((tag) => (
                <option key={tag} value={tag} />
              ))}
          </datalist>
        </Field>
      )}
      <div className="grid grid-cols-[2fr_1fr] gap-4">
        <Field
          id="ship-repository"
          label="ECR repository"
          hint={repositoryHint}
          problem={problems.repository}
        >
          <input
            id="ship-repository"
            list="ship-repository-choices"
            className={`${INPUT} font-mono`}
            value={values.repository}
            onChange={(e) => set({ repository: e.target.value.trim() })}
            data-testid="ship-repository"
          />
          <datalist id="ship-repository-choices">
            {repositories.data?.map((r) => (
              <option key={r.name} value={r.name} />
            ))}
          </datalist>
        </Field>
        <Field id="ship-tag" label="Tag" problem={problems.tag}>
          <input
            id="ship-tag"
            className={`${INPUT} font-mono`}
            value={values.tag}
            onChange={(e) => set({ tag: e.target.value.trim() })}
            data-testid="ship-tag"
          />
        </Field>
      </div>
    </Section>
  );
}
