import { ImageList } from "@/components/images/image-list";

export const metadata = { title: "Images · Slipway" };

export default function ImagesPage() {
  return <ImageList />;
}
