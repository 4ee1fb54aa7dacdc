export default function Home() {
  return <p>Slipway</p>;
}
