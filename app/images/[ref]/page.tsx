import { ImageDetailsView } from "@/components/images/image-details";
import { decodeReferenceSegment } from "@/lib/images/reference";

export default async function ImagePage({ params }: { params: Promise<{ ref: string }> }) {
  const { ref } = await params;
  return <ImageDetailsView imageRef={decodeReferenceSegment(ref)} />;
}
