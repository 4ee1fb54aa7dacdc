import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AwsContextPicker, AwsStatusBanner } from "@/components/layout/aws-context-picker";
import { DockerStatusBanner, EngineBadge } from "@/components/layout/docker-status";
import { EngineSwitcher } from "@/components/layout/engine-switcher";
import { Sidebar } from "@/components/layout/sidebar";
import { Providers } from "@/components/providers";
import "./globals.css";

const HEADER = "flex h-11 items-center justify-end gap-6 border-b border-slate-800 px-6";

export const metadata: Metadata = {
  title: "Slipway",
  description: "Docker, Amazon ECR and ECS in one local dashboard",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <div className="flex min-h-screen">
            <Sidebar />
            <div className="flex min-w-0 flex-1 flex-col">
              <header className={HEADER}>
                <AwsContextPicker />
                <EngineSwitcher />
                <EngineBadge />
              </header>
              <DockerStatusBanner />
              <AwsStatusBanner />
              <main className="min-w-0 flex-1 px-6 py-5">{children}</main>
            </div>
          </div>
        </Providers>
      </body>
    </html>
  );
}
