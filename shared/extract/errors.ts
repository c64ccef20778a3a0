/** An input that cannot be turned into text; the message is shown to the user as is. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}
