import { customers, fieldErrors, parseInput } from 'staffcore';

// A form's values, checked in the browser the way customers.add will check them.
const checked = parseInput(customers.add, { name: ' ', email: 'not an address' });
if (!checked.success) {
  const errors = fieldErrors(checked.error);
  console.log(errors['name']?.[0], errors['email']?.[0]); //=> 'must not be blank' 'must be a valid e-mail address'
}
