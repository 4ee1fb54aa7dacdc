"use client";

import { INPUT } from "@/components/aws/field";
import { Button } from "@/components/ui/button";
import type { FormValues } from "@/lib/ecs/task-definitions/form-values";

// The form's lists: port mappings and environment variables, a row each.

type Ports = FormValues["portMappings"];
type Environment = FormValues["environment"];

export function PortMappingsEditor({
  ports,
  onChange,
}: {
  ports: Ports;
  onChange: (ports: Ports) => void;
}) {
  const set = (index: number, change: Partial<Ports[number]>) =>
    onChange(ports.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <div className="space-y-2" data-testid="port-mappings">
      {ports.map((port, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <div key={index} className="flex items-center gap-2">
          <input
            type="number"
            min={1}
            max={65535}
            aria-label="Container port"
            className={`${INPUT} w-32`}
            value={Number.isNaN(port.containerPort) ? "" : port.containerPort}
            onChange={(e) => set(index, { containerPort: e.target.valueAsNumber })}
            data-testid="container-port"
          />
          <select
            aria-label="Protocol"
            className={`${INPUT} w-24`}
            value={port.protocol}
            onChange={(e) => set(index, { protocol: e.target.value as "tcp" | "udp" })}
          >
            <option value="tcp">tcp</option>
            <option value="udp">udp</option>
          </select>
          <Button variant="ghost" onClick={() => onChange(ports.filter((_, i) => i !== index))}>
            Remove
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        onClick={() => onChange([...ports, { containerPort: 8080, protocol: "tcp" }])}
        data-testid="add-port"
      >
        + Port mapping
      </Button>
    </div>
  );
}

export function EnvironmentEditor({
  environment,
  onChange,
}: {
  environment: Environment;
  onChange: (environment: Environment) => void;
}) {
  const set = (index: number, change: Partial<Environment[number]>) =>
    onChange(environment.map((v, i) => (i === index ? { ...v, ...change } : v)));
  return (
    <div className="space-y-2" data-testid="environment">
      {environment.map((variable, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <div key={index} className="flex items-center gap-2">
          <input
            aria-label="Variable name"
            placeholder="NAME"
            className={`${INPUT} w-48 font-mono`}
            value={variable.name}
            onChange={(e) => set(index, { name: e.target.value })}
            data-testid="env-name"
          />
          <input
            aria-label="Variable value"
            placeholder="value"
            className={`${INPUT} font-mono`}
            value={variable.value}
            onChange={(e) => set(index, { value: e.target.value })}
            data-testid="env-value"
          />
          <Button
            variant="ghost"
            onClick={() => onChange(environment.filter((_, i) => i !== index))}
          >
            Remove
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        onClick={() => onChange([...environment, { name: "", value: "" }])}
        data-testid="add-env"
      >
        + Variable
      </Button>
    </div>
  );
}
