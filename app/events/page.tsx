import { EventsView } from "@/components/events/events-view";

export const metadata = { title: "Events · Slipway" };

export default function EventsPage() {
  return <EventsView />;
}
