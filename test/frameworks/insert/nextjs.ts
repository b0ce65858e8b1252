export async function POST() {
  return new Response("existing");
}
@@TOP@@
