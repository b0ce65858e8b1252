export async function GET(request: Request) {
  const value = new URL(request.url).pathname;
  @@BODY@@
}
