import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ProblemDetail } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): ProblemDetail[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/** class-validator on every input and args class; each problem names its field path. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new BadRequestException({ message: problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems });
    },
  });
}
