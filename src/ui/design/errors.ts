/**
 * Why a design edit was refused: the message is for the user, in the inspector next to the field
 * or in the notice bar, so it says what is wrong and what to do instead.
 */
export class DesignError extends Error {
  override name = 'DesignError';
}

export function fail(message: string): never {
  throw new DesignError(message);
}
