import { Controller, Get } from '@nestjs/common';

@Controller()
export class MyController {
  @Get('existing')
  existing() {
    return 'existing';
  }

  @Get('work')
  work() {
    const value = 1;
    @@BODY@@
    return { value };
  }
}
@@TOP@@
